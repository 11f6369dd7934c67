import { Component, computed, input } from '@angular/core';
import { CallQuality } from './call-quality';

const LABELS = { good: 'Good', fair: 'Fair', poor: 'Poor', unknown: 'Measuring…' } as const;

/** The call's network quality: a good/fair/poor badge with round-trip time, jitter and loss. */
@Component({
  selector: 'parley-network-badge',
  template: `
    <span class="badge" [class]="quality().level" data-testid="call-quality">
      Network: {{ label() }}
    </span>
    @if (quality().level !== 'unknown') {
      <span class="figures" data-testid="call-quality-figures">{{ figures() }}</span>
    }
  `,
  styles: `
    :host {
      display: inline-flex;
      align-items: baseline;
      gap: 0.5rem;
      font-size: 0.875rem;
    }
    .badge {
      padding: 0.0625rem 0.5rem;
      border: 1px solid currentColor;
      border-radius: 999px;
      color: var(--parley-muted);
    }
    .good {
      color: var(--parley-success);
    }
    .fair {
      color: var(--parley-warning);
    }
    .poor {
      color: var(--parley-danger);
    }
    .figures {
      color: var(--parley-muted);
      font-variant-numeric: tabular-nums;
    }
  `,
})
export class NetworkBadge {
  readonly quality = input.required<CallQuality>();

  protected readonly label = computed(() => LABELS[this.quality().level]);
  protected readonly figures = computed(() => {
    const { rttMs, jitterMs, packetLossPct } = this.quality();
    return [
      `RTT ${rttMs === null ? '–' : Math.round(rttMs)} ms`,
      `jitter ${jitterMs === null ? '–' : Math.round(jitterMs)} ms`,
      `loss ${packetLossPct === null ? '–' : packetLossPct.toFixed(1)} %`,
    ].join(' · ');
  });
}
