import en from "./langs/en"
import zhCN from "./langs/zh-CN"

const locales = {
  "zh-CN": zhCN,
  en: en,
}

export default locales
