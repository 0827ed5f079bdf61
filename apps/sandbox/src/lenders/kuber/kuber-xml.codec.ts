import { XMLBuilder, XMLParser } from 'fast-xml-parser';

const builder = new XMLBuilder({ format: false, processEntities: true });
const parser = new XMLParser({
  parseTagValue: false,
  ignoreAttributes: true,
  ignoreDeclaration: true,
  trimValues: true,
  processEntities: true,
});

export type XmlNode = Record<string, unknown>;

/** KUBER's wire format as the simulated lender writes and reads it. */
export function toXml(document: XmlNode): string {
  return `<?xml version="1.0" encoding="UTF-8"?>${builder.build(document) as string}`;
}

export function fromXml(xml: unknown): XmlNode | undefined {
  if (typeof xml !== 'string') return undefined;
  try {
    return parser.parse(xml) as XmlNode;
  } catch {
    return undefined;
  }
}

export function kuberErrorXml(code: string, message: string): string {
  return toXml({ Error: { Code: code, Message: message } });
}
