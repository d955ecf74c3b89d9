import { createApp } from "vue";
import Options from "./Options.vue";
import "../assets/tailwind.css";

createApp(Options).mount("#app");
