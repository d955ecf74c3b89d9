import pluginVue from 'eslint-plugin-vue';
export default [
