import { render } from "./render";
import { greeting } from "./util";

render(document.querySelector("#app"), greeting("visitor"));

document.querySelector("#app")?.addEventListener("click", async () => {
  const { openChat } = await import("./lazy/chat");
  openChat(document.querySelector("#app"));
});

if ("serviceWorker" in navigator) {
  navigator.serviceWorker.register("/sw.js");
}
