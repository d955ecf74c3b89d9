import { createApp } from "vue";
import Popup from "./Popup.vue";
import "../assets/tailwind.css";

createApp(Popup).mount("#app");
