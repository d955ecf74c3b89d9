export default {
      export: "导出话题",
