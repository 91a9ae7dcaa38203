export declare const BROWSER_ARGS: readonly string[];
export declare const NO_BROWSER_HELP: string;
export interface FoundBrowser {
  executablePath: string;
  description: string;
  source?: string;
  version?: string;
}
export declare function findBrowser(env?: NodeJS.ProcessEnv): FoundBrowser;
