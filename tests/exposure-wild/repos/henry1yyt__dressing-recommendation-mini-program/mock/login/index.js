import getSendMessage from './getSendMessage';
import postCodeVerify from './postCodeVerify';
import postPasswordLogin from './postPasswordLogin';

export default [getSendMessage, postCodeVerify, postPasswordLogin];
