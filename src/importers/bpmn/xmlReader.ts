/**
 * A small, strict XML reader for BPMN files in the pure core (no DOM, no dependency). It reads
 * elements, attributes, text, CDATA, comments, processing instructions and the five predefined and
 * numeric entities, resolves namespace prefixes, and refuses DOCTYPEs (entity expansion attacks).
 * Why not bpmn-moddle at run time: its `fromXML` is asynchronous, `importWorkflow` is synchronous
 * (CLI, worker and tests call it so), and it would add moddle and saxen to the import chunk.
 */

export interface XmlElement {
  /** The namespace URI of the element ('' when it has none). */
  ns: string;
  /** The name without its prefix: "serviceTask". */
  local: string;
  /** As written: "bpmn:serviceTask". */
  name: string;
  /** Attributes by the name written in the file ("id", "camunda:asyncBefore"). */
  attributes: Record<string, string>;
  /** Namespace URIs of prefixed attributes, by the written name. */
  attributeNs: Record<string, string>;
  children: XmlElement[];
  text: string;
  /** 1-based line of the start tag, for messages. */
  line: number;
}

/** A parsed XML file; its class tells XML documents apart from parsed JSON ones. */
export class XmlDocument {
  constructor(readonly root: XmlElement) {}
}

export type XmlOutcome = { ok: true; document: XmlDocument } | { ok: false; message: string };

const ENTITIES: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
const NAME = /^[A-Za-z_][\w.:-]*/;

/** Parses XML text; every malformation is a message with its line, never an exception. */
export function readXml(text: string): XmlOutcome {
  try {
    return { ok: true, document: new XmlDocument(new Reader(text).document()) };
  } catch (error) {
    if (error instanceof XmlSyntaxError) return { ok: false, message: error.message };
    throw error;
  }
}

class XmlSyntaxError extends Error {}

class Reader {
  private at = 0;
  constructor(private readonly source: string) {}

  document(): XmlElement {
    this.misc();
    if (!this.source.startsWith('<', this.at) || this.at >= this.source.length)
      this.fail('the file has no root element');
    const root = this.element(new Map([['xml', 'http://www.w3.org/XML/1998/namespace']]));
    this.misc();
    if (this.at < this.source.length) this.fail('text after the root element');
    return root;
  }

  /** Comments, processing instructions and white space between elements. */
  private misc(): void {
    for (;;) {
      this.skipSpace();
      if (this.source.startsWith('<?', this.at)) this.skipPast('?>');
      else if (this.source.startsWith('<!--', this.at)) this.skipPast('-->');
      else if (this.source.startsWith('<!DOCTYPE', this.at))
        this.fail('a DOCTYPE is not accepted (BPMN files have none)');
      else return;
    }
  }

  private element(scope: Map<string, string>): XmlElement {
    const line = this.line();
    this.at += 1;
    const name = this.name();
    const attributes: Record<string, string> = {};
    for (;;) {
      const spaced = this.skipSpace();
      if (this.source.startsWith('/>', this.at) || this.source.startsWith('>', this.at)) break;
      if (!spaced) this.fail(`a space is missing in <${name}>`);
      const attribute = this.name();
      this.skipSpace();
      if (this.source[this.at] !== '=') this.fail(`attribute ${attribute} of <${name}> has no value`);
      this.at += 1;
      this.skipSpace();
      const quote = this.source[this.at];
      if (quote !== '"' && quote !== "'") this.fail(`the value of ${attribute} is not quoted`);
      const end = this.source.indexOf(quote, this.at + 1);
      if (end < 0) this.fail(`the value of ${attribute} never ends`);
      if (Object.hasOwn(attributes, attribute)) this.fail(`<${name}> repeats attribute ${attribute}`);
      attributes[attribute] = this.decode(this.source.slice(this.at + 1, end));
      this.at = end + 1;
    }
    const own = new Map(scope);
    for (const [key, value] of Object.entries(attributes)) {
      if (key === 'xmlns') own.set('', value);
      else if (key.startsWith('xmlns:')) own.set(key.slice(6), value);
    }
    const [prefix, local] = split(name);
    const attributeNs: Record<string, string> = {};
    for (const key of Object.keys(attributes)) {
      const [attributePrefix] = split(key);
      if (attributePrefix && attributePrefix !== 'xmlns') attributeNs[key] = own.get(attributePrefix) ?? '';
    }
    const element: XmlElement = {
      ns: own.get(prefix) ?? '',
      local,
      name,
      attributes,
      attributeNs,
      children: [],
      text: '',
      line,
    };
    if (this.source.startsWith('/>', this.at)) {
      this.at += 2;
      return element;
    }
    this.at += 1;
    this.content(element, own);
    return element;
  }

  private content(element: XmlElement, scope: Map<string, string>): void {
    const texts: string[] = [];
    for (;;) {
      if (this.at >= this.source.length)
        this.fail(`<${element.name}> (line ${element.line}) is never closed`);
      if (this.source.startsWith('</', this.at)) {
        this.at += 2;
        const closing = this.name();
        if (closing !== element.name)
          this.fail(`</${closing}> closes <${element.name}> (line ${element.line})`);
        this.skipSpace();
        if (this.source[this.at] !== '>') this.fail(`</${closing}> is not closed with >`);
        this.at += 1;
        element.text = texts.join('').trim();
        return;
      }
      if (this.source.startsWith('<![CDATA[', this.at)) {
        const end = this.source.indexOf(']]>', this.at);
        if (end < 0) this.fail('a CDATA section never ends');
        texts.push(this.source.slice(this.at + 9, end));
        this.at = end + 3;
      } else if (this.source.startsWith('<!--', this.at)) this.skipPast('-->');
      else if (this.source.startsWith('<?', this.at)) this.skipPast('?>');
      else if (this.source[this.at] === '<') element.children.push(this.element(scope));
      else {
        const next = this.source.indexOf('<', this.at);
        const end = next < 0 ? this.source.length : next;
        texts.push(this.decode(this.source.slice(this.at, end)));
        this.at = end;
      }
    }
  }

  private name(): string {
    const match = NAME.exec(this.source.slice(this.at, this.at + 200));
    if (!match) this.fail('a name was expected');
    this.at += match[0].length;
    return match[0];
  }

  private decode(raw: string): string {
    return raw.replace(/&(#x[0-9a-fA-F]+|#\d+|\w+);/g, (whole, entity: string) => {
      if (entity.startsWith('#')) {
        const code = entity[1] === 'x' ? Number.parseInt(entity.slice(2), 16) : Number(entity.slice(1));
        return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
      }
      const known = ENTITIES[entity];
      if (known === undefined) this.fail(`unknown entity &${entity};`);
      return known;
    });
  }

  private skipSpace(): boolean {
    const start = this.at;
    while (this.at < this.source.length && /\s/.test(this.source[this.at]!)) this.at += 1;
    return this.at > start;
  }

  private skipPast(marker: string): void {
    const end = this.source.indexOf(marker, this.at);
    if (end < 0) this.fail(`"${marker}" is missing`);
    this.at = end + marker.length;
  }

  /** Counted on from the last call (the reader only moves forward), so long files stay linear. */
  private counted = { at: 0, line: 1 };
  private line(): number {
    for (let index = this.counted.at; index < this.at; index += 1)
      if (this.source.charCodeAt(index) === 10) this.counted.line += 1;
    this.counted.at = Math.max(this.counted.at, this.at);
    return this.counted.line;
  }

  private fail(reason: string): never {
    throw new XmlSyntaxError(`Not valid XML at line ${this.line()}: ${reason}`);
  }
}

function split(name: string): [string, string] {
  const colon = name.indexOf(':');
  return colon < 0 ? ['', name] : [name.slice(0, colon), name.slice(colon + 1)];
}
