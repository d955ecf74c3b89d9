import "uno.css"
// import 'virtual:unocss-devtools'
import "@/styles/global/index.css"
import "@/styles/index.css"
