/** One server-sent event: its id, its event name and its JSON data. */
export interface ServerEvent {
  id: string;
  event: string;
  data: Record<string, unknown>;
}

/** Read server-sent events from a fetch response until `count` events arrived (comments skipped). */
export const readEvents = async (response: Response, count: number): Promise<ServerEvent[]> => {
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  const events: ServerEvent[] = [];
  let buffer = "";
  while (events.length < count) {
    const { value, done } = await reader.read();
    if (done) break;
    buffer += decoder.decode(value, { stream: true });
    let end = buffer.indexOf("\n\n");
    while (end >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const fields = Object.fromEntries(
        block
          .split("\n")
          .filter((l) => !l.startsWith(":") && l.includes(": "))
          .map((l) => [l.slice(0, l.indexOf(": ")), l.slice(l.indexOf(": ") + 2)]),
      );
      if (fields.data)
        events.push({ id: fields.id ?? "", event: fields.event ?? "", data: JSON.parse(fields.data) });
      end = buffer.indexOf("\n\n");
    }
  }
  await reader.cancel();
  return events;
};
