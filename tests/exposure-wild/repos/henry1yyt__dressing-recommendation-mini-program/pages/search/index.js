import request from '~/api/request';
