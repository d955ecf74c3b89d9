import React from "react";
import { createRoot } from "react-dom/client";
import { HashRouter } from "react-router-dom";
import App from "./App.jsx";
import "./styles.css";

if (window.API_BASE && localStorage.getItem("API_BASE") !== window.API_BASE) {
  localStorage.setItem("API_BASE", window.API_BASE);
}

createRoot(document.getElementById("root")).render(
  <React.StrictMode>
    <HashRouter>
      <App />
    </HashRouter>
  </React.StrictMode>
);
