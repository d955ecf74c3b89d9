import axios from 'axios'
import { Message, Loading } from 'element-ui'
export default request
