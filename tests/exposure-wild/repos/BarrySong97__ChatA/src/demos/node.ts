import { platform } from "node:process";
console.log(platform);
