const fs = require("fs");
const path = require("path");
const readline = require("readline");
export default function Index() {
export default function RootLayout() {
