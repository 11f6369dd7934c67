package dev.parley.channels.email.smtp;

import java.time.Duration;
import org.apache.james.metrics.api.Metric;
import org.apache.james.metrics.api.MetricFactory;
import org.apache.james.metrics.api.TimeMetric;
import org.reactivestreams.Publisher;

/**
 * James's command handlers time themselves through a {@link MetricFactory}; Parley measures the
 * listener with its own log events and benchmarks, so the timers go nowhere.
 */
final class NoMetrics implements MetricFactory {

  private static final TimeMetric.ExecutionResult NOTHING =
      new TimeMetric.ExecutionResult() {
        @Override
        public Duration elasped() {
          return Duration.ZERO;
        }

        @Override
        public TimeMetric.ExecutionResult logWhenExceedP99(Duration threshold) {
          return this;
        }
      };

  @Override
  public Metric generate(String name) {
    return new Metric() {
      @Override
      public void increment() {}

      @Override
      public void decrement() {}

      @Override
      public void add(int value) {}

      @Override
      public void remove(int value) {}

      @Override
      public long getCount() {
        return 0;
      }
    };
  }

  @Override
  public TimeMetric timer(String name) {
    return new TimeMetric() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public ExecutionResult stopAndPublish() {
        return NOTHING;
      }
    };
  }

  @Override
  public <T> Publisher<T> decoratePublisherWithTimerMetric(String name, Publisher<T> publisher) {
    return publisher;
  }

  @Override
  public <T> Publisher<T> decoratePublisherWithTimerMetricLogP99(
      String name, Publisher<T> publisher) {
    return publisher;
  }
}
