// Modules that Vite makes: Leaflet's ES module build (typed by its package), a CSS file `?inline` as its text, a worker `?worker&url` as the URL of its built file.
declare module 'leaflet/dist/leaflet-src.esm.js' {
  export * from 'leaflet';
}

declare module '*.css?inline' {
  const css: string;
  export default css;
}

declare module '*?worker&url' {
  const url: string;
  export default url;
}
