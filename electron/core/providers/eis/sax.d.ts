/** The part of sax (isaacs/sax-js, plain JavaScript) that the ЕИС answer reader uses. */
declare module 'sax' {
  export interface Tag {
    name: string;
  }
  export interface SAXParser {
    onopentag: (tag: Tag) => void;
    onclosetag: (name: string) => void;
    ontext: (text: string) => void;
    oncdata: (text: string) => void;
    ondoctype: (doctype: string) => void;
    onerror: (error: Error) => void;
    write(chunk: string): SAXParser;
    close(): SAXParser;
  }
  export function parser(strict: boolean, options?: { trim?: boolean; normalize?: boolean; lowercase?: boolean; xmlns?: boolean; position?: boolean }): SAXParser;
}
