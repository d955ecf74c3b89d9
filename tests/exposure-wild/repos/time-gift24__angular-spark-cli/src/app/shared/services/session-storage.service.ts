import { Injectable } from '@angular/core';
import { SessionData } from '../models';
export class SessionStorageService {
