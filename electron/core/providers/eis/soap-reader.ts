import sax from 'sax';
import type { SAXParser } from 'sax';

/**
 * Reads an ЕИС SOAP answer with a real streaming XML parser (sax), for the only
 * two things the identifier check needs: whether it is a SOAP Envelope, and the
 * first Fault (SOAP 1.1 or 1.2) or the service's own errorInfo block.
 *
 * The answer comes from a server the user typed in, so it is hostile until read:
 * - a DTD is refused outright (SOAP forbids one), so no entity is ever declared
 *   or expanded; only the five XML entities and character references exist;
 * - nesting deeper than MAX_SOAP_DEPTH or more than MAX_SOAP_ELEMENTS elements
 *   stop the reading;
 * - each collected text keeps at most MAX_FIELD_CHARS characters;
 * - the text is fed to the parser in slices of SLICE_CHARS with a turn of the
 *   event loop in between, so the main process (tray, reminders, IPC) never
 *   waits on one long synchronous parse, whatever the answer holds.
 */

export const MAX_SOAP_DEPTH = 64;
export const MAX_SOAP_ELEMENTS = 20_000;
const MAX_FIELD_CHARS = 4096;
// Small enough that one slice stays far under the 100 ms budget even on a slow, busy office PC.
const SLICE_CHARS = 4 * 1024;

export interface SoapProblem {
  source: 'fault' | 'errorInfo';
  code: string;
  text: string;
}

export type SoapReading =
  | { kind: 'soap'; problem: SoapProblem | undefined }
  /** Not a SOAP Envelope: an HTML page, other XML, anything with a DTD (read no further). */
  | { kind: 'not-soap' }
  /** An Envelope nested too deep, with too many elements, or not well-formed. */
  | { kind: 'refused'; why: 'too-deep' | 'too-many-elements' | 'malformed' };

type Field = 'code' | 'reason' | 'detail' | 'message' | 'whole';

class Capped {
  private parts: string[] = [];
  private length = 0;
  add(text: string): void {
    if (this.length >= MAX_FIELD_CHARS) return;
    const piece = text.slice(0, MAX_FIELD_CHARS - this.length);
    this.parts.push(piece);
    this.length += piece.length;
  }
  value(): string {
    return this.parts.join(' ').replace(/\s+/g, ' ').trim();
  }
}

const localName = (name: string): string => name.slice(name.indexOf(':') + 1).toLowerCase();

/** Collects the Envelope root, the first Fault and the first errorInfo from sax events. */
class AnswerCollector {
  private readonly stack: string[] = [];
  private elements = 0;
  private rootName: string | undefined;
  /** Stack depth at which the captured block (fault or errorInfo) opened; -1 when none is open. */
  private captureDepth = -1;
  private captureSource: SoapProblem['source'] | undefined;
  private fault: Partial<Record<Field, Capped>> | undefined;
  private errorInfo: Partial<Record<Field, Capped>> | undefined;
  /** Why reading stopped early; a DTD stops it too. */
  refusal: Extract<SoapReading, { kind: 'refused' }>['why'] | 'doctype' | undefined;

  attach(parser: SAXParser): void {
    parser.onopentag = (tag) => this.open(localName(tag.name));
    parser.onclosetag = () => this.close();
    parser.ontext = (text) => this.text(text);
    parser.oncdata = (text) => this.text(text);
    parser.ondoctype = () => this.refuse('doctype');
    parser.onerror = () => this.refuse('malformed');
  }

  private refuse(why: NonNullable<AnswerCollector['refusal']>): void {
    this.refusal ??= why;
  }

  private open(name: string): void {
    this.rootName ??= name;
    this.elements += 1;
    if (this.elements > MAX_SOAP_ELEMENTS) this.refuse('too-many-elements');
    if (this.stack.length >= MAX_SOAP_DEPTH) this.refuse('too-deep');
    this.stack.push(name);
    if (this.captureDepth !== -1) return;
    if (name === 'fault' && !this.fault) this.startCapture('fault');
    else if (name === 'errorinfo' && !this.errorInfo && !this.fault) this.startCapture('errorInfo');
  }

  private startCapture(source: SoapProblem['source']): void {
    this.captureDepth = this.stack.length;
    this.captureSource = source;
    if (source === 'fault') this.fault = {};
    else this.errorInfo = {};
  }

  private close(): void {
    if (this.stack.length === this.captureDepth) this.captureDepth = -1;
    this.stack.pop();
  }

  /** Which field of the open block the current element's text belongs to. */
  private field(): Field | undefined {
    const path = this.stack.slice(this.captureDepth);
    const [child, grandChild] = path;
    if (this.captureSource === 'errorInfo') return child === 'code' ? 'code' : child === 'message' ? 'message' : 'whole';
    // SOAP 1.1: faultcode / faultstring / detail; SOAP 1.2: Code/Value, Reason/Text, Detail.
    if (child === 'faultcode' || (child === 'code' && grandChild === 'value')) return 'code';
    if (child === 'faultstring' || (child === 'reason' && grandChild === 'text')) return 'reason';
    if (child === 'detail') return 'detail';
    return undefined;
  }

  private text(text: string): void {
    if (this.captureDepth === -1 || !this.captureSource) return;
    const block = this.captureSource === 'fault' ? this.fault : this.errorInfo;
    const field = this.field();
    if (!block || !field) return;
    (block[field] ??= new Capped()).add(text);
    if (this.captureSource === 'errorInfo' && field !== 'whole') (block.whole ??= new Capped()).add(text);
  }

  result(): SoapReading {
    // SOAP forbids a DTD, and a page that is not an Envelope is not read any further.
    if (this.refusal === 'doctype' || this.rootName !== 'envelope') return { kind: 'not-soap' };
    if (this.refusal) return { kind: 'refused', why: this.refusal };
    if (this.fault) {
      const text = [this.fault.reason?.value() ?? '', this.fault.detail?.value() ?? ''].filter((part) => part !== '').join(' — ');
      return { kind: 'soap', problem: { source: 'fault', code: this.fault.code?.value() ?? '', text } };
    }
    if (this.errorInfo) {
      const text = this.errorInfo.message?.value() ?? this.errorInfo.whole?.value() ?? '';
      return { kind: 'soap', problem: { source: 'errorInfo', code: this.errorInfo.code?.value() ?? '', text } };
    }
    return { kind: 'soap', problem: undefined };
  }
}

function begin(): { parser: SAXParser; collector: AnswerCollector } {
  const parser = sax.parser(true, { trim: false, normalize: false, xmlns: false, position: false });
  const collector = new AnswerCollector();
  collector.attach(parser);
  return { parser, collector };
}

const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** Reads an answer in slices, yielding to the event loop between them. */
export async function readSoapAnswer(xml: string): Promise<SoapReading> {
  const { parser, collector } = begin();
  for (let start = 0; start < xml.length && !collector.refusal; start += SLICE_CHARS) {
    parser.write(xml.slice(start, start + SLICE_CHARS));
    await nextTurn();
  }
  if (!collector.refusal) parser.close();
  return collector.result();
}

/** The same reading at once, for short texts (tests, small answers). */
export function readSoapAnswerNow(xml: string): SoapReading {
  const { parser, collector } = begin();
  parser.write(xml);
  if (!collector.refusal) parser.close();
  return collector.result();
}
