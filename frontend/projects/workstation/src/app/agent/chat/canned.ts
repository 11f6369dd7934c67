import { CannedResponse } from '../../chat/chat-api';

/** What the placeholders of a canned response stand for in one conversation. */
export interface PlaceholderValues {
  /** The visitor's name as the conversation has it. */
  readonly customerName: string;
  /** The signed-in agent's display name. */
  readonly agentName: string;
}

/** The response's text with `{customer.name}`, `{agent.name}` and `{agent.firstName}` filled in. */
export function fillPlaceholders(text: string, values: PlaceholderValues): string {
  const firstName = values.agentName.trim().split(/\s+/)[0] ?? '';
  return text
    .replaceAll('{customer.name}', values.customerName)
    .replaceAll('{agent.name}', values.agentName)
    .replaceAll('{agent.firstName}', firstName);
}

/** The responses whose title or text contains the query (any case), titles first. */
export function filterCanned(
  responses: readonly CannedResponse[],
  query: string,
): readonly CannedResponse[] {
  const wanted = query.trim().toLowerCase();
  if (wanted === '') {
    return responses;
  }
  const inTitle = responses.filter((r) => r.title.toLowerCase().includes(wanted));
  const inText = responses.filter(
    (r) => !inTitle.includes(r) && r.text.toLowerCase().includes(wanted),
  );
  return [...inTitle, ...inText];
}
