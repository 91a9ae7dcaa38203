// electron-builder `beforePack` hook (see electron-builder.yml): prints the signing line.
export { default } from './signing.mjs';
