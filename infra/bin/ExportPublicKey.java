import java.io.FileInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.Base64;

/**
 * Writes the public half of the JWT signing key as a PEM file, which MicroProfile JWT reads
 * (mp.jwt.verify.publickey.location). Run with the JDK's source launcher:
 * java ExportPublicKey.java KEYSTORE PASSWORD ALIAS OUT.pem
 */
public class ExportPublicKey {
  public static void main(String[] args) throws Exception {
    KeyStore store = KeyStore.getInstance("PKCS12");
    try (FileInputStream in = new FileInputStream(args[0])) {
      store.load(in, args[1].toCharArray());
    }
    byte[] der = store.getCertificate(args[2]).getPublicKey().getEncoded();
    String pem = "-----BEGIN PUBLIC KEY-----\n"
        + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der)
        + "\n-----END PUBLIC KEY-----\n";
    Files.writeString(Path.of(args[3]), pem);
  }
}
