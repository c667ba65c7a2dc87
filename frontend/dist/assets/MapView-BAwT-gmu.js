import{i as e,n as t,o as n,r,t as i}from"./index-UAjKN5Nb.js";import{a,i as o,n as s,o as c,r as l,t as u}from"./map-k5p3LkeB.js";var d=n(e(),1);function f(e){if(Array.isArray(e))return e}function p(e,t){var n=e==null?null:typeof Symbol<`u`&&e[Symbol.iterator]||e[`@@iterator`];if(n!=null){var r,i,a,o,s=[],c=!0,l=!1;try{if(a=(n=n.call(e)).next,t===0){if(Object(n)!==n)return;c=!1}else for(;!(c=(r=a.call(n)).done)&&(s.push(r.value),s.length!==t);c=!0);}catch(e){l=!0,i=e}finally{try{if(!c&&n.return!=null&&(o=n.return(),Object(o)!==o))return}finally{if(l)throw i}}return s}}function m(e,t){(t==null||t>e.length)&&(t=e.length);for(var n=0,r=Array(t);n<t;n++)r[n]=e[n];return r}function h(e,t){if(e){if(typeof e==`string`)return m(e,t);var n={}.toString.call(e).slice(8,-1);return n===`Object`&&e.constructor&&(n=e.constructor.name),n===`Map`||n===`Set`?Array.from(e):n===`Arguments`||/^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(n)?m(e,t):void 0}}function g(){throw TypeError(`Invalid attempt to destructure non-iterable instance.
In order to be iterable, non-array objects must have a [Symbol.iterator]() method.`)}function _(e,t){return f(e)||p(e,t)||h(e,t)||g()}function v(e,t){if(!(e instanceof t))throw TypeError(`Cannot call a class as a function`)}function y(e,t){if(typeof e!=`object`||!e)return e;var n=e[Symbol.toPrimitive];if(n!==void 0){var r=n.call(e,t||`default`);if(typeof r!=`object`)return r;throw TypeError(`@@toPrimitive must return a primitive value.`)}return(t===`string`?String:Number)(e)}function b(e){var t=y(e,`string`);return typeof t==`symbol`?t:t+``}function x(e,t){for(var n=0;n<t.length;n++){var r=t[n];r.enumerable=r.enumerable||!1,r.configurable=!0,`value`in r&&(r.writable=!0),Object.defineProperty(e,b(r.key),r)}}function S(e,t,n){return t&&x(e.prototype,t),n&&x(e,n),Object.defineProperty(e,"prototype",{writable:!1}),e}function C(e){return C=Object.setPrototypeOf?Object.getPrototypeOf.bind():function(e){return e.__proto__||Object.getPrototypeOf(e)},C(e)}function w(){try{var e=!Boolean.prototype.valueOf.call(Reflect.construct(Boolean,[],function(){}))}catch{}return(w=function(){return!!e})()}function T(e){if(e===void 0)throw ReferenceError(`this hasn't been initialised - super() hasn't been called`);return e}function E(e,t){if(t&&(typeof t==`object`||typeof t==`function`))return t;if(t!==void 0)throw TypeError(`Derived constructors may only return object or undefined`);return T(e)}function D(e,t,n){return t=C(t),E(e,w()?Reflect.construct(t,n||[],C(e).constructor):t.apply(e,n))}function O(e,t){return O=Object.setPrototypeOf?Object.setPrototypeOf.bind():function(e,t){return e.__proto__=t,e},O(e,t)}function k(e,t){if(typeof t!=`function`&&t!==null)throw TypeError(`Super expression must either be null or a function`);e.prototype=Object.create(t&&t.prototype,{constructor:{value:e,writable:!0,configurable:!0}}),Object.defineProperty(e,"prototype",{writable:!1}),t&&O(e,t)}function A(e,t,n){return(t=b(t))in e?Object.defineProperty(e,t,{value:n,enumerable:!0,configurable:!0,writable:!0}):e[t]=n,e}function j(e){if(Array.isArray(e))return m(e)}function M(e){if(typeof Symbol<`u`&&e[Symbol.iterator]!=null||e[`@@iterator`]!=null)return Array.from(e)}function N(){throw TypeError(`Invalid attempt to spread non-iterable instance.
In order to be iterable, non-array objects must have a [Symbol.iterator]() method.`)}function P(e){return j(e)||M(e)||h(e)||N()}function F(e,t){var n=Object.keys(e);if(Object.getOwnPropertySymbols){var r=Object.getOwnPropertySymbols(e);t&&(r=r.filter(function(t){return Object.getOwnPropertyDescriptor(e,t).enumerable})),n.push.apply(n,r)}return n}function I(e){for(var t=1;t<arguments.length;t++){var n=arguments[t]==null?{}:arguments[t];t%2?F(Object(n),!0).forEach(function(t){A(e,t,n[t])}):Object.getOwnPropertyDescriptors?Object.defineProperties(e,Object.getOwnPropertyDescriptors(n)):F(Object(n)).forEach(function(t){Object.defineProperty(e,t,Object.getOwnPropertyDescriptor(n,t))})}return e}var L=`relative`,R={drawLabel:void 0,drawHover:void 0,borders:[{size:{value:.1},color:{attribute:`borderColor`}},{size:{fill:!0},color:{attribute:`color`}}]},z=`#000000`;function B(e){var t=e.borders,n=l(t.filter(function(e){return`fill`in e.size}).length);return`
precision highp float;

varying vec2 v_diffVector;
varying float v_radius;

#ifdef PICKING_MODE
varying vec4 v_color;
#else
// For normal mode, we use the border colors defined in the program:
${t.flatMap(function(e,t){return`attribute`in e.size?[`varying float v_borderSize_${t+1};`]:[]}).join(`
`)}
${t.flatMap(function(e,t){var n=e.color;return`attribute`in n?[`varying vec4 v_borderColor_${t+1};`]:`value`in n?[`uniform vec4 u_borderColor_${t+1};`]:[]}).join(`
`)}
#endif

uniform float u_correctionRatio;

const float bias = 255.0 / 254.0;
const vec4 transparent = vec4(0.0, 0.0, 0.0, 0.0);

void main(void) {
  float dist = length(v_diffVector);
  float aaBorder = 2.0 * u_correctionRatio;
  float v_borderSize_0 = v_radius;
  vec4 v_borderColor_0 = transparent;

  // No antialiasing for picking mode:
  #ifdef PICKING_MODE
  if (dist > v_radius)
    gl_FragColor = transparent;
  else {
    gl_FragColor = v_color;
    gl_FragColor.a *= bias;
  }
  #else
  // Sizes:
${t.flatMap(function(e,t){var n=e.size;if(`fill`in n)return[];n=n;var r=`attribute`in n?`v_borderSize_${t+1}`:l(n.value),i=(n.mode||L)===`pixels`?`u_correctionRatio`:`v_radius`;return[`  float borderSize_${t+1} = ${i} * ${r};`]}).join(`
`)}
  // Now, let's split the remaining space between "fill" borders:
  float fillBorderSize = (v_radius - (${t.flatMap(function(e,t){return`fill`in e.size?[]:[`borderSize_${t+1}`]}).join(` + `)}) ) / ${n};
${t.flatMap(function(e,t){return`fill`in e.size?[`  float borderSize_${t+1} = fillBorderSize;`]:[]}).join(`
`)}

  // Finally, normalize all border sizes, to start from the full size and to end with the smallest:
  float adjustedBorderSize_0 = v_radius;
${t.map(function(e,t){return`  float adjustedBorderSize_${t+1} = adjustedBorderSize_${t} - borderSize_${t+1};`}).join(`
`)}

  // Colors:
  vec4 borderColor_0 = transparent;
${t.map(function(e,t){var n=e.color,r=[];return`attribute`in n?r.push(`  vec4 borderColor_${t+1} = v_borderColor_${t+1};`):`transparent`in n?r.push(`  vec4 borderColor_${t+1} = vec4(0.0, 0.0, 0.0, 0.0);`):r.push(`  vec4 borderColor_${t+1} = u_borderColor_${t+1};`),r.push(`  borderColor_${t+1}.a *= bias;`),r.push(`  if (borderSize_${t+1} <= 1.0 * u_correctionRatio) { borderColor_${t+1} = borderColor_${t}; }`),r.join(`
`)}).join(`
`)}
  if (dist > adjustedBorderSize_0) {
    gl_FragColor = borderColor_0;
  } else ${t.map(function(e,t){return`if (dist > adjustedBorderSize_${t} - aaBorder) {
    gl_FragColor = mix(borderColor_${t+1}, borderColor_${t}, (dist - adjustedBorderSize_${t} + aaBorder) / aaBorder);
  } else if (dist > adjustedBorderSize_${t+1}) {
    gl_FragColor = borderColor_${t+1};
  } else `}).join(``)} { /* Nothing to add here */ }
  #endif
}
`}function V(e){var t=e.borders;return`
attribute vec2 a_position;
attribute float a_size;
attribute float a_angle;

uniform mat3 u_matrix;
uniform float u_sizeRatio;
uniform float u_correctionRatio;

varying vec2 v_diffVector;
varying float v_radius;

#ifdef PICKING_MODE
attribute vec4 a_id;
varying vec4 v_color;
#else
${t.flatMap(function(e,t){return`attribute`in e.size?[`attribute float a_borderSize_${t+1};`,`varying float v_borderSize_${t+1};`]:[]}).join(`
`)}
${t.flatMap(function(e,t){return`attribute`in e.color?[`attribute vec4 a_borderColor_${t+1};`,`varying vec4 v_borderColor_${t+1};`]:[]}).join(`
`)}
#endif

const float bias = 255.0 / 254.0;
const vec4 transparent = vec4(0.0, 0.0, 0.0, 0.0);

void main() {
  float size = a_size * u_correctionRatio / u_sizeRatio * 4.0;
  vec2 diffVector = size * vec2(cos(a_angle), sin(a_angle));
  vec2 position = a_position + diffVector;
  gl_Position = vec4(
    (u_matrix * vec3(position, 1)).xy,
    0,
    1
  );

  v_radius = size / 2.0;
  v_diffVector = diffVector;

  #ifdef PICKING_MODE
  v_color = a_id;
  #else
${t.flatMap(function(e,t){return`attribute`in e.size?[`  v_borderSize_${t+1} = a_borderSize_${t+1};`]:[]}).join(`
`)}
${t.flatMap(function(e,t){return`attribute`in e.color?[`  v_borderColor_${t+1} = a_borderColor_${t+1};`]:[]}).join(`
`)}
  #endif
}
`}var H=WebGLRenderingContext,U=H.UNSIGNED_BYTE,W=H.FLOAT;function G(e){var t,n=I(I({},R),e||{}),r=n.borders,i=n.drawLabel,c=n.drawHover,l=[`u_sizeRatio`,`u_correctionRatio`,`u_matrix`].concat(P(r.flatMap(function(e,t){return`value`in e.color?[`u_borderColor_${t+1}`]:[]})));return t=function(e){k(t,e);function t(){var e;v(this,t);var n=[...arguments];return e=D(this,t,[].concat(n)),A(T(e),`drawLabel`,i),A(T(e),`drawHover`,c),e}return S(t,[{key:`getDefinition`,value:function(){return{VERTICES:3,VERTEX_SHADER_SOURCE:V(n),FRAGMENT_SHADER_SOURCE:B(n),METHOD:WebGLRenderingContext.TRIANGLES,UNIFORMS:l,ATTRIBUTES:[{name:`a_position`,size:2,type:W},{name:`a_id`,size:4,type:U,normalized:!0},{name:`a_size`,size:1,type:W}].concat(P(r.flatMap(function(e,t){return`attribute`in e.color?[{name:`a_borderColor_${t+1}`,size:4,type:U,normalized:!0}]:[]})),P(r.flatMap(function(e,t){return`attribute`in e.size?[{name:`a_borderSize_${t+1}`,size:1,type:W}]:[]}))),CONSTANT_ATTRIBUTES:[{name:`a_angle`,size:1,type:W}],CONSTANT_DATA:[[t.ANGLE_1],[t.ANGLE_2],[t.ANGLE_3]]}}},{key:`processVisibleItem`,value:function(e,t,n){var i=this.array;i[t++]=n.x,i[t++]=n.y,i[t++]=e,i[t++]=n.size,r.forEach(function(e){var r=e.color;`attribute`in r&&(i[t++]=a(n[r.attribute]||r.defaultValue||z))}),r.forEach(function(e){var r=e.size;`attribute`in r&&(i[t++]=n[r.attribute]||r.defaultValue)})}},{key:`setUniforms`,value:function(e,t){var n=t.gl,i=t.uniformLocations,a=i.u_sizeRatio,s=i.u_correctionRatio,c=i.u_matrix;n.uniform1f(s,e.correctionRatio),n.uniform1f(a,e.sizeRatio),n.uniformMatrix3fv(c,!1,e.matrix),r.forEach(function(e,t){var r=e.color;if(`value`in r){var a=i[`u_borderColor_${t+1}`],s=_(o(r.value),4),c=s[0],l=s[1],u=s[2],d=s[3];n.uniform4f(a,c/255,l/255,u/255,d/255)}})}}]),t}(s),A(t,`ANGLE_1`,0),A(t,`ANGLE_2`,2*Math.PI/3),A(t,`ANGLE_3`,4*Math.PI/3),t}G();function K(e,t,n){let r=new Set([t]),i=[t];for(let t=0;t<n;t++){let t=[];for(let n of i)e.forEachNeighbor(n,e=>{r.has(e)||(r.add(e),t.push(e))});i=t}return r}var q={fi:{label:`Verkostokartta. Näppäimet: nuolet siirtävät, + ja − zoomaavat, 0 näyttää kaiken, N ja P kulkevat solmusta toiseen, Enter avaa valitun.`,help:`Kartta toimii myös näppäimistöllä; sama tieto on taulukoissa ja haussa.`,selected:`Kohdistettu`},sv:{label:`Nätverkskarta. Tangenter: pilar flyttar, + och − zoomar, 0 visar allt, N och P går från nod till nod, Enter öppnar den valda.`,help:`Kartan fungerar också med tangentbordet; samma uppgifter finns i tabellerna och sökningen.`,selected:`Fokuserad`},en:{label:`Network map. Keys: arrows pan, + and − zoom, 0 shows everything, N and P move from node to node, Enter opens the focused one.`,help:`The map works with a keyboard too; the same data is in the tables and search.`,selected:`Focused`}},J=r(),Y=`#e3e6ea`,X=G({borders:[{size:{value:.4},color:{attribute:`borderColor`}},{size:{fill:!0},color:{attribute:`color`}}]});function Z({data:e,lang:n,selected:r,focus:a,onSelect:o}){let s=(0,d.useRef)(null),l=(0,d.useRef)(null),f=(0,d.useRef)(null),p=(0,d.useRef)(null),m=(0,d.useRef)(o);m.current=o,(0,d.useEffect)(()=>{if(!s.current)return;let r=new c({multi:!0,type:`undirected`,allowSelfLoops:!1});r.import(e),r.forEachNode((e,i)=>{let a=n===`sv`?i.labelSv||i.label:n===`en`&&i.labelEn||i.label;i.kind===`Network`?r.mergeNodeAttributes(e,{type:`ring`,color:`#ffffff`,borderColor:t(i),label:a}):r.mergeNodeAttributes(e,{color:t(i),label:a})}),r.forEachEdge((e,t)=>r.mergeEdgeAttributes(e,i(t.role)));let a=new u(r,s.current,{labelRenderedSizeThreshold:5,labelDensity:.5,zIndex:!0,nodeProgramClasses:{ring:X},nodeReducer:(e,t)=>p.current&&!p.current.has(e)?{...t,hidden:!0}:f.current&&!f.current.has(e)?{...t,color:t.type===`ring`?`#ffffff`:Y,borderColor:Y,label:``}:f.current?{...t,highlighted:!0,zIndex:1}:t,edgeReducer:(e,t)=>{let[n,i]=r.extremities(e);return p.current&&(!p.current.has(n)||!p.current.has(i))||f.current&&!(f.current.has(n)&&f.current.has(i))?{...t,hidden:!0}:t}});return a.once(`afterRender`,()=>s.current?.setAttribute(`data-rendered`,`true`)),a.on(`clickNode`,({node:e})=>m.current(e,r.getNodeAttribute(e,`kind`))),a.on(`enterNode`,({node:e})=>{f.current=K(r,e,1),a.refresh({skipIndexation:!0})}),a.on(`leaveNode`,()=>{f.current=null,a.refresh({skipIndexation:!0})}),l.current=a,()=>{a.kill(),l.current=null}},[e,n]),(0,d.useEffect)(()=>{let e=l.current;if(!e)return;let t=e.getGraph(),n=r!==null&&t.hasNode(r);if(p.current=n&&a>0?K(t,r,a):null,t.forEachNode(e=>t.setNodeAttribute(e,`highlighted`,e===r)),e.refresh(),n){let t=e.getNodeDisplayData(r);t&&e.getCamera().animate({x:t.x,y:t.y,ratio:a>0?.3:.5},{duration:400})}},[r,a,e,n]);let h=(0,d.useRef)(null),[g,_]=(0,d.useState)(``);return(0,J.jsxs)(J.Fragment,{children:[(0,J.jsx)(`div`,{ref:s,className:`map-canvas`,"data-testid":`map`,tabIndex:0,role:`application`,"aria-label":q[n].label,onKeyDown:e=>{let t=l.current;if(!t)return;let i=t.getCamera(),a=i.getState(),o=.15*a.ratio,s=t.getGraph(),c=e=>{h.current=e,f.current=K(s,e,1),t.refresh({skipIndexation:!0});let r=t.getNodeDisplayData(e);r&&i.animate({x:r.x,y:r.y},{duration:200}),_(`${q[n].selected}: ${s.getNodeAttribute(e,`label`)}`)};switch(e.key){case`ArrowLeft`:i.animate({x:a.x-o},{duration:150});break;case`ArrowRight`:i.animate({x:a.x+o},{duration:150});break;case`ArrowUp`:i.animate({y:a.y+o},{duration:150});break;case`ArrowDown`:i.animate({y:a.y-o},{duration:150});break;case`+`:case`=`:i.animatedZoom({duration:150});break;case`-`:i.animatedUnzoom({duration:150});break;case`0`:i.animatedReset({duration:200});break;case`n`:case`N`:case`p`:case`P`:{let i=h.current??r,o;if(i&&s.hasNode(i)&&s.degree(i)>0)o=[...new Set(s.neighbors(i))];else{let e=[];s.forEachNode(n=>{let r=t.getNodeDisplayData(n);r&&!r.hidden&&e.push([(r.x-a.x)**2+(r.y-a.y)**2,n])}),o=e.sort((e,t)=>e[0]-t[0]).slice(0,20).map(([,e])=>e)}if(o.length===0)break;o.sort((e,t)=>String(s.getNodeAttribute(e,`label`)).localeCompare(String(s.getNodeAttribute(t,`label`)),n));let l=h.current?o.indexOf(h.current):-1,u=e.key.toLowerCase()===`n`?(l+1)%o.length:(l-1+o.length)%o.length;c(o[u]);break}case`Enter`:h.current&&m.current(h.current,s.getNodeAttribute(h.current,`kind`));break;case`Escape`:h.current=null,f.current=null,t.refresh({skipIndexation:!0}),_(``);break;default:return}e.preventDefault()}}),(0,J.jsx)(`p`,{className:`visually-hidden`,"aria-live":`polite`,"data-testid":`map-announce`,children:g})]})}export{Z as default};