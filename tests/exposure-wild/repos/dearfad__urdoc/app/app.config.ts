export default defineAppConfig({
  ui: {
    colors: {
      primary: 'blue',
      secondary: 'green',
    },
  },
})
