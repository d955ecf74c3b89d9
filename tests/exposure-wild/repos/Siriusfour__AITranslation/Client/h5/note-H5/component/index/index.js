import api from "../../src/Utils/Api/Api.js";
import {
} from "../../src/Utils/encode/base64.js"
import {onMounted} from "vue";
export function Login(){
export function LoginByWenXin(){}
export function LoginByQQ(){}
export function LoginByEmail(){}
export function LoginByWebAuthn(){
export function LoginByGithub(){
