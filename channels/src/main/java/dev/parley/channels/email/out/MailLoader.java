package dev.parley.channels.email.out;

import jakarta.mail.NoSuchProviderException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.util.Properties;
import java.util.function.Supplier;

/**
 * Runs Jakarta Mail work with the mail implementation's class loader as the thread's context
 * loader. Jakarta Mail 2.1 looks its stream provider up through the context loader for every part
 * it writes, and the activation framework finds its content handlers (multipart, text) the same
 * way: with a deployment's loader that is a scan of every jar of the EAR each time, most of the
 * cost of writing a short message. The implementation's own loader (Angus Mail's module in WildFly)
 * holds the provider and the handlers; its service files are read once ({@link
 * ServiceFilesLoader}).
 */
final class MailLoader {

  private static final ClassLoader IMPLEMENTATION = new ServiceFilesLoader(implementation());

  private MailLoader() {}

  static <T> T run(Supplier<T> work) {
    Thread thread = Thread.currentThread();
    ClassLoader before = thread.getContextClassLoader();
    thread.setContextClassLoader(IMPLEMENTATION);
    try {
      return work.get();
    } finally {
      thread.setContextClassLoader(before);
    }
  }

  /** The loader of the SMTP transport's class: the implementation's (any loader in plain Java). */
  private static ClassLoader implementation() {
    try {
      ClassLoader loader =
          Session.getInstance(new Properties()).getTransport("smtp").getClass().getClassLoader();
      return loader != null ? loader : MimeMessage.class.getClassLoader();
    } catch (NoSuchProviderException e) {
      return Thread.currentThread().getContextClassLoader();
    }
  }
}
