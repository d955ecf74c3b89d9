
/// <reference types="vite/client" />
/// <reference path="./types/web-bluetooth.d.ts" />
