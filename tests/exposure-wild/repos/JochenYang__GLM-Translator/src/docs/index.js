import { createApp } from "vue";
import Documentation from "./Documentation.vue";

// 创建Vue应用实例
const app = createApp(Documentation);

// 挂载到DOM
app.mount("#app");
