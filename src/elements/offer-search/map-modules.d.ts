// Leaflet's ES module build has the types of the package; Vite gives a CSS file `?inline` as its text.
declare module 'leaflet/dist/leaflet-src.esm.js' {
  export * from 'leaflet';
}

declare module '*.css?inline' {
  const css: string;
  export default css;
}
