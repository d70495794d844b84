package io.productstore.product.api;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** The body of {@code POST /products/}, validated as API.md §5 says. */
public record NewProduct(
    @NotBlank @Size(max = 200) String name,
    @NotBlank @Size(max = 50) String category,
    @NotNull
        @DecimalMin(value = "0", inclusive = false)
        @DecimalMax(value = "100000000", inclusive = false)
        @Digits(integer = 9, fraction = 2)
        BigDecimal price,
    @NotNull @Min(0) @Max(1_000_000) Integer stockCount,
    @Size(max = 2000) String description,
    @Size(max = 200) String manufacturer) {}
