/** The part of sax (isaacs/sax-js, plain CommonJS: only its default export works from ESM) that the ЕИС answer reader uses. */
declare module 'sax' {
  namespace sax {
    interface Tag {
      name: string;
    }
    interface SAXParser {
      onopentag: (tag: Tag) => void;
      onclosetag: (name: string) => void;
      ontext: (text: string) => void;
      oncdata: (text: string) => void;
      ondoctype: (doctype: string) => void;
      onerror: (error: Error) => void;
      write(chunk: string): SAXParser;
      close(): SAXParser;
    }
    function parser(strict: boolean, options?: { trim?: boolean; normalize?: boolean; lowercase?: boolean; xmlns?: boolean; position?: boolean }): SAXParser;
  }
  export = sax;
}
