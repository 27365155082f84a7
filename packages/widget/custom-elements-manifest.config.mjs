/** `cem analyze`: documents <pathway-widget> (attributes, properties, events, parts, CSS properties) in dist/custom-elements.json. */
export default {
  globs: ['src/pathway-widget/pathway-widget.ts', 'src/embed.ts'],
  exclude: ['src/**/*.test.ts', 'src/testing/**'],
  outdir: 'dist',
  litelement: true,
};
