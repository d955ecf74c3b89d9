import { ipcRenderer, contextBridge } from "electron";
    const url = process.env.VITE_DEV_SERVER_URL;
