export declare const configKeyOf: (fuseName: string) => string;
export declare function wantedFuses(builderConfig: unknown): Record<string, boolean>;
export declare function compareFuses(wanted: Record<string, boolean>, wire: Record<number | string, unknown>): { ok: boolean; lines: string[] };
export declare function packagedApp(distDir: string, platform?: string): string;
