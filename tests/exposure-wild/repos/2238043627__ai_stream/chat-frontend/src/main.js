import { createApp } from 'vue'
import App from './App.vue'
import 'github-markdown-css/github-markdown-light.css'
import 'highlight.js/styles/github.min.css'

createApp(App).mount('#app')

