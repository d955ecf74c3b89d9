import { Bot, BrainCircuit } from "@lucide/vue"

export const options = [
  // {
  //   label: "首页",
  //   value: "home",
  //   icon: "home_icon",
  // },
  {
    label: "助手",
    value: "assistant",
    icon: Bot,
  },
  // {
  //   label: "插件",
  //   value: "plugin",
  //   icon: "plugin_icon",
  // },
  // {
  //   label: "模型",
  //   value: "model",
  //   icon: "model_icon",
  // },
  {
    label: "模型服务商",
    value: "model_provider",
    icon: BrainCircuit,
  },
]
