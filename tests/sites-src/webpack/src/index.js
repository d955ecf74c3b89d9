import { label } from "./label";

const button = document.createElement("button");
button.textContent = label();
button.addEventListener("click", () => {
  import(/* webpackChunkName: "translate" */ "./translate").then(({ translate }) =>
    translate(document.body.textContent).then((t) => (button.textContent = t)),
  );
});
document.body.appendChild(button);
