// element-plus国际化
import en from "element-plus/es/locale/lang/en"
import zhCN from "element-plus/es/locale/lang/zh-cn"

export const elementPlusLocales = {
  "zh-CN": zhCN,
  en: en,
}
