export declare const APP_ICON_SIZES: number[];
export declare const TRAY_STATES: Record<'none' | 'ok' | 'soon' | 'expired', string>;
export declare function renderPng(svg: string | Buffer, width: number): Buffer;
export declare function traySvg(source: string, state: string, template: boolean): string;
export declare function trayFiles(source: string): Map<string, Buffer>;
