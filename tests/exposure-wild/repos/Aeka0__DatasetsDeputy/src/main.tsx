import React from "react";
import ReactDOM from "react-dom/client";

import App from "./App";
import "./i18n";
import "./styles/globals.css";
import { applyTheme, watchSystemTheme, watchSystemUiAnimation } from "./lib/theme";

applyTheme();
watchSystemTheme();
watchSystemUiAnimation();

ReactDOM.createRoot(document.getElementById("root") as HTMLElement).render(
  <React.StrictMode>
    <App />
  </React.StrictMode>
);
