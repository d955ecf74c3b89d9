import { Component } from '@angular/core';

@Component({
  selector: 'app-animation-showcase',
  imports: [],
  templateUrl: './animation-showcase.html',
  styleUrl: './animation-showcase.css'
})
export class AnimationShowcase {

}
