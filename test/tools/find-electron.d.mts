export declare function findElectron(env?: NodeJS.ProcessEnv): string | null;
export declare const ELECTRON_MISSING_REASON: string;
export declare const ELECTRON_MISSING_HELP: string;
