package dev.parley.channels.email.mime;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The corpus damaged on purpose — cut short, bytes flipped, CR, LF and NUL sprinkled, lines
 * repeated — with a fixed seed so a failure repeats: every result is still a ParsedMail whose
 * header strings hold no CR, LF or NUL.
 */
class MailParserMutationTest {

  private static final int MUTATIONS_PER_FILE = 40;

  private final MailParser parser = new MailParser();

  static Stream<String> corpusFiles() throws Exception {
    return MailParserCorpusTest.corpusFiles();
  }

  @ParameterizedTest
  @MethodSource("corpusFiles")
  void damagedCopiesOfEveryCorpusMessageStillParse(String file) {
    byte[] original = MailParserCorpusTest.corpus(file);
    Random random = new Random(file.hashCode());
    for (int i = 0; i < MUTATIONS_PER_FILE; i++) {
      byte[] damaged = mutate(original, random);
      String which = file + " mutation " + i;

      ParsedMail mail = parser.parse(damaged);

      assertThat(mail).isNotNull();
      assertThat(mail.text()).isNotNull().doesNotContain("\0");
      Stream.concat(
              Stream.of(mail.subject(), mail.messageId()),
              Stream.concat(
                  Stream.of(mail.from(), mail.sender())
                      .filter(a -> a != null)
                      .flatMap(a -> Stream.of(a.address(), a.name())),
                  mail.attachments().stream()
                      .flatMap(p -> Stream.of(p.filename(), p.contentType(), p.contentId()))))
          .filter(s -> s != null)
          .forEach(s -> assertThat(s).as(which).doesNotContain("\r", "\n", "\0"));
    }
  }

  private static byte[] mutate(byte[] original, Random random) {
    if (original.length == 0) {
      return new byte[] {(byte) random.nextInt(256)};
    }
    byte[] bytes = original.clone();
    switch (random.nextInt(4)) {
      case 0 -> bytes = Arrays.copyOf(bytes, random.nextInt(bytes.length)); // cut short
      case 1 -> {
        for (int k = 0; k < 1 + random.nextInt(20); k++) {
          bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
        }
      }
      case 2 -> {
        byte[] specials = {'\r', '\n', 0, ':', '=', '?', '-', '"', ';'};
        for (int k = 0; k < 1 + random.nextInt(20); k++) {
          bytes[random.nextInt(bytes.length)] = specials[random.nextInt(specials.length)];
        }
      }
      default -> {
        int from = random.nextInt(bytes.length);
        int length = Math.min(bytes.length - from, 1 + random.nextInt(200));
        byte[] longer = Arrays.copyOf(bytes, bytes.length + length * 3);
        for (int k = 1; k <= 3; k++) {
          System.arraycopy(bytes, from, longer, bytes.length + (k - 1) * length, length);
        }
        bytes = longer; // a stretch repeated at the end: stray boundaries and headers
      }
    }
    return bytes;
  }
}
