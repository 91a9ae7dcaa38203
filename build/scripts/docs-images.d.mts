export declare const MIN_IMAGES: number;
export declare function imagesOfGuide(markdown: string): string[];
export declare function copyImages(options: { from: string; to: string; names: string[] }): { missing: string[]; copied: string[]; removed: string[] };
