 * @type {import('postcss').PluginCreator}
export default postcssColorMixFallback;
