export default {
      export: "Export Topics",
