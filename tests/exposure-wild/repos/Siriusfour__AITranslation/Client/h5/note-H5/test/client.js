import  api from "../src/Utils/Api/Api.js";

api.

